import { worksheetResponse } from "../printable";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";

/** The lesson's printable answer key (HTML; ?format=pdf prints it with Chromium). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return worksheetResponse(request, await routeId(params), true);
}
