// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "59c18ad62524",
  "app.js": "fac22290cd6d",
} as const;
