import { z } from "zod";
import { json, parseQuery } from "@/lib/api";
import { listMissions } from "@/lib/queries/missions";

const Query = z.object({}).strict();

/** GET /api/v1/missions — every mission with kind, lead, conflicts and SIPRI/IPI panel strength. */
export function GET(request: Request) {
  const q = parseQuery(new URL(request.url), Query);
  if (!q.ok) return q.response;
  const missions = listMissions();
  return json({ count: missions.length, missions });
}
