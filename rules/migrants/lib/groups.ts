// The migrant groups the pitfall rules look for. The coverage checks name them in their YAML evidence.

/**
 * The groups themselves (migrant-groups.yml), without residence status; a passage on civic integration or on
 * cultural background and origin is about them too.
 */
export const GROUPS = ["migrants", "refugees", "status-holders", "marriage-migrants", "ethnic-minorities", "migrant-communities", "integration", "cultural-background"];
