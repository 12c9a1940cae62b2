/**
 * Debian's Chromium as every script and test here starts it: the path (LOA_CHROMIUM overrides it)
 * and the flags that keep it headless and off the network.
 */
export const chromiumPath = process.env.LOA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
