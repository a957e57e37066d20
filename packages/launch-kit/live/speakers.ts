/**
 * The panel as the deck reads it: each speaker of data/event.ts by id, with the name as it is shown ("Dr Ben
 * Sample"). Slide text reads it as {{ $speakers.<id>.fullName }} (setup/main.ts), the presenter view and the run of
 * show from here, so a name is typed once, in data/event.ts.
 */
import type { LaunchEvent, Speaker, SpeakerRole } from '../data/event.schema'

export interface PanelSpeaker {
  id: string
  name: string
  /** Honorific and name, as slides and the run of show show it: "Dr Author Two". */
  fullName: string
  role: SpeakerRole
  affiliation?: string
}

/** "Dr Author Two" from { name: 'Author Two', honorific: 'Dr' }. */
export function fullName(person: { name: string, honorific?: string }): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name
}

export function panelSpeaker(speaker: Speaker): PanelSpeaker {
  return {
    id: speaker.id,
    name: speaker.name,
    fullName: fullName(speaker),
    role: speaker.role,
    ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}),
  }
}

/** The speakers in the order data/event.ts lists them (none when it lists none). */
export function panelOf(event: Pick<LaunchEvent, 'speakers'>): PanelSpeaker[] {
  return (event.speakers ?? []).map(panelSpeaker)
}

/** The speakers by id, for slide text: {{ $speakers.author2.fullName }}. */
export function speakersById(event: Pick<LaunchEvent, 'speakers'>): Readonly<Record<string, PanelSpeaker>> {
  return Object.fromEntries(panelOf(event).map(s => [s.id, s]))
}

/** "Dr Author Two (author)", or with an affiliation "… (discussant, Institute)". */
export function speakerLabel(speaker: PanelSpeaker): string {
  return `${speaker.fullName} (${[speaker.role, speaker.affiliation].filter(Boolean).join(', ')})`
}
