import { YAxis } from "recharts";
import { AXIS_WIDTH } from "./layout";
import { THIN_N } from "../valence";

interface OutletTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
  /** Which side of the plot the axis is on: names are set flush against it. */
  readonly side: "left" | "right";
  readonly n: Readonly<Record<string, number>>;
  readonly nLabel: (n: number) => string;
  /** A figure printed after n (the stance mean). */
  readonly extra?: Readonly<Record<string, string>>;
}

const MAX_NAME = 24;

/**
 * An outlet on a chart's category axis: its name, and under it the n the bar rests on,
 * in bold and darker when it is thin, so a bar built on 3 mentions says so.
 */
export function OutletTick({ x = 0, y = 0, payload, side, n, nLabel, extra }: OutletTickProps) {
  const outlet = String(payload?.value ?? "");
  const name = outlet.length > MAX_NAME ? `${outlet.slice(0, MAX_NAME - 1)}…` : outlet;
  const count = n[outlet] ?? 0;
  const anchor = side === "left" ? "end" : "start";
  const dx = side === "left" ? -8 : 8;
  return (
    <g transform={`translate(${Number(x) + dx},${Number(y)})`}>
      <text className="tick-outlet" textAnchor={anchor} y={-3} fontSize={15} fill="#1a1a1a">
        <title>{outlet}</title>
        {name}
      </text>
      <text className={count < THIN_N ? "tick-n thin" : "tick-n"} textAnchor={anchor} y={14} fontSize={12} fontWeight={700} fill={count < THIN_N ? "#8a3b00" : "#333333"}>
        {`${nLabel(count)}${extra?.[outlet] ? ` · ${extra[outlet]}` : ""}`}
      </text>
    </g>
  );
}

/**
 * The outlets' category axis every chart shares (names flush to the plot, n
 * beneath). A function, not a component: recharts must see the YAxis itself.
 */
export function outletAxis(side: "left" | "right", n: OutletTickProps["n"], nLabel: OutletTickProps["nLabel"], extra?: OutletTickProps["extra"]) {
  return (
    <YAxis
      type="category"
      dataKey="outlet"
      width={AXIS_WIDTH}
      orientation={side}
      interval={0}
      tickLine={false}
      tick={(p: object) => <OutletTick {...p} side={side} n={n} nLabel={nLabel} extra={extra} />}
    />
  );
}
