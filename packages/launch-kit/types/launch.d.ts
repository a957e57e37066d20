/**
 * The launch modules the engine's browser code imports by name; Vite points them at the project's files
 * (scripts/deck/vite-launch.ts). Declared here with the engine's types, so the engine type-checks without a launch.
 */
declare module '#launch/charts' {
  const charts: import('../charts/launch').LaunchCharts
  export default charts
}

declare module '#launch/event' {
  export const event: import('../data/event.schema').LaunchEvent
}

declare module '#launch/facts' {
  export const facts: Readonly<Record<string, string>>
}
