// dxplan never downloads a browser: rendering uses a Chromium or Chrome already on the machine.
module.exports = { skipDownload: true };
