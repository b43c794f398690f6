package io.agentstudio.gui.cyclefixtureb;

import io.agentstudio.gui.cyclefixturea.NeedsB;

/** The other half of the package cycle in ArchitectureRulesCatchTest. */
public final class NeedsA {
    NeedsB other;
}
