// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "fcc864829ed2",
  "app.js": "fac22290cd6d",
} as const;
