// A learner's risk tier as a pill (lib/domain/at-risk). Drawn from the badge tiers with an inline
// glyph rather than the Badge primitive's lucide icons, and kept out of any "use client" file, so
// both the roster table (a client component) and the server-rendered drill-down can use it
// without pulling the other's JavaScript in.
import { RISK_TIER_LABEL, type RiskTier } from "@/lib/domain/at-risk";
import { badgeVariants } from "@/lib/ui/primitives/badge-variants";

const TIER = {
  HIGH: { tone: "danger", glyph: "▲" },
  MEDIUM: { tone: "warning", glyph: "●" },
  NONE: { tone: "success", glyph: "✓" },
} as const satisfies Record<RiskTier, { tone: "danger" | "warning" | "success"; glyph: string }>;

export function TierPill({ tier }: { tier: RiskTier }) {
  const t = TIER[tier];
  return (
    <span className={badgeVariants({ tone: t.tone })}>
      <span aria-hidden="true">{t.glyph}</span>
      {RISK_TIER_LABEL[tier]}
    </span>
  );
}
