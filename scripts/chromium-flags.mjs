// The Chromium switches every headless browser here starts with (Playwright's, the bench's Lighthouse):
// no sandbox (containers), no GPU, and none of the background traffic a browser makes on its own.
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
