import { worksheetResponse } from "../printable";

export const dynamic = "force-dynamic";

/** The lesson's printable worksheet (HTML; ?format=pdf prints it with Chromium). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return worksheetResponse(request, decodeURIComponent((await params).id), false);
}
