// Browsers come from Debian packages (see README); puppeteer must never download one.
module.exports = { skipDownload: true };
