/**
 * How axis titles are drawn (recharts `label` props): inside the chart's SVG, so a downloaded
 * SVG or PNG carries them too, in the muted ink of the page's captions.
 */
export const AXIS_TITLE = { fill: "#4a5360", fontSize: 12 } as const;
