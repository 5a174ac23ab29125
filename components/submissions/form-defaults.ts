/** The city, country and mission of a saved report or planned action, as its form's starting values. */
export function placeDefaults(item: { city: string; country: string; missionId: number | null }) {
  return { city: item.city, country: item.country, missionId: item.missionId ? String(item.missionId) : "" };
}
