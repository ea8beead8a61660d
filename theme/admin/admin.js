// The browser editor's own script (loaded after decap-cms/decap-cms.js): its preview pane shows a page or an
// exercise with the site's own stylesheet, whose fingerprinted address the build writes on this script's tag.
const previewStyle = document.currentScript.dataset.previewStyle;
if (previewStyle) window.CMS.registerPreviewStyle(previewStyle);
