"use client";

import { autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import { useEffect } from "react";

/** Space kept between a card and the edge of the screen, in CSS pixels. */
const EDGE = 8;

/** The element that opened popover `card`: its invoker outside the card (the close button inside it does not count). */
function invokerOf(card: HTMLElement): HTMLElement | null {
  const invokers = document.querySelectorAll<HTMLElement>(`[popovertarget="${CSS.escape(card.id)}"]`);
  return [...invokers].find((el) => !card.contains(el)) ?? null;
}

/** Puts `card` below its match (above when there is no room), shifted and shrunk to stay on screen. */
function follow(card: HTMLElement): () => void {
  const anchor = invokerOf(card);
  if (!anchor) return () => undefined;
  return autoUpdate(anchor, card, () => {
    void computePosition(anchor, card, {
      strategy: "fixed", // popovers live in the top layer, positioned against the viewport
      placement: "bottom",
      middleware: [
        offset(6),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight, elements }) {
            elements.floating.style.maxWidth = `${Math.min(480, availableWidth)}px`;
            elements.floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
    });
  });
}

/**
 * Keeps every `[data-floating]` popover of the page next to the word that opened it and inside
 * the viewport, on a phone as on a desktop (Floating UI's flip and shift). Renders nothing.
 */
export function PopoverPlacement() {
  useEffect(() => {
    const stops = new Map<HTMLElement, () => void>();
    // toggle does not bubble, but a capturing listener on the document sees every popover's
    const onToggle = (event: Event) => {
      const card = event.target;
      if (!(card instanceof HTMLElement) || !card.hasAttribute("data-floating")) return;
      stops.get(card)?.();
      stops.delete(card);
      if ((event as ToggleEvent).newState === "open") stops.set(card, follow(card));
    };
    document.addEventListener("toggle", onToggle, true);
    return () => {
      document.removeEventListener("toggle", onToggle, true);
      for (const stop of stops.values()) stop();
    };
  }, []);
  return null;
}
