package io.agentstudio.gui.cyclefixturea;

import io.agentstudio.gui.cyclefixtureb.NeedsA;

/** Half of a package cycle that ArchitectureRulesCatchTest feeds to the no-cycles rule. */
public final class NeedsB {
    NeedsA other;
}
