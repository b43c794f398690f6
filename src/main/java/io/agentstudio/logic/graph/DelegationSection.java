package io.agentstudio.logic.graph;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A part of a body whose items name the agents this one works with: under a heading such as "Delegation Cues",
 * "Handoffs", "Integration with Other Agents", "Lateral Coordination", "Works Best With", or after a lead-in line such
 * as "Integration with other agents:" or "**Delegate when needed**". Sections about work coming in ("Receives
 * delegation from", "Upstream") point the other way; "Upstream Escalation" does not (escalating is handing over).
 *
 * <p>A title that only touches on working together ("Collaborative Refactoring Approach", "Coordination Tiers",
 * "Lateral Coordination") opens a section whose list may hold agents or may hold practices and tiers
 * ("**Team Education**", "**Foundation Tier**"): there its items decide. Names of existing agents, slugs,
 * "With x" and handoff verbs still count; a Title Case label that names no agent is not taken for a missing one.
 *
 * @param title   the heading or lead-in as written (without Markdown markup)
 * @param reverse true when the agents named hand work to this one
 * @param about   true when the title speaks of delegation or agents outright ("Handoffs", "Delegation Cues",
 *                "Upstream Escalation", "Integration with other agents"), so that a Title Case name in its list is
 *                an agent even where none of that name exists
 * @param namedAgentsOnly true for a list inside a section that a label of something else leads into ("Selection
 *                rules:" under "Agent Selection"): the agents of the workspace it names are delegations, but no name
 *                there is taken for a missing agent, and links are not written into it
 */
record DelegationSection(String title, boolean reverse, boolean about, boolean namedAgentsOnly) {

    static final Pattern DELEGATION_LIKE = Pattern.compile("\\b(?:deleg\\w*|hand\\s*-?\\s*offs?|handovers?"
            + "|escalat\\w*|coordinat\\w*|collaborat\\w*|works?\\s+(?:best\\s+)?with|integration\\s+with"
            + "|agent\\s+integrations?|(?:related|other|available|peer|partner)\\s+(?:sub-?)?agents?"
            + "|(?:sub-?)?agent\\s+(?:assignments?|selection)|assign\\w*|routing|routes?\\s+to|upstream|downstream"
            + "|receives?|received)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Labels in running text ("Escalation policies:", "Integration with auto-remediation:") are far more often topics
     * than sections about agents; a lead-in must speak of delegation or agents outright.
     */
    static final Pattern LEAD_IN_LIKE = Pattern.compile("\\b(?:deleg\\w*|hand\\s*-?\\s*offs?|handovers?|(?:sub-?)?agents?"
            + "|escalat\\w*\\s+to|routing\\s+map)\\b|\\b(?:collaborat\\w*|coordinat\\w*|works?|partner\\w*)\\s+(?:best\\s+)?with\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS_IN = Pattern.compile("\\b(?:upstream|receives?|received|delegated\\s+by"
            + "|called\\s+by|invoked\\s+by|used\\s+by|from)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCALATION = Pattern.compile("\\bescalat", Pattern.CASE_INSENSITIVE);
    /** The titles that speak of handing work to agents outright, not only of working together. */
    private static final Pattern ABOUT_AGENTS = Pattern.compile("\\b(?:deleg\\w*|hand\\s*-?\\s*offs?|handovers?|escalat\\w*"
            + "|works?\\s+(?:best\\s+)?with|routes?\\s+to|(?:related|other|available|peer|partner)\\s+(?:sub-?)?agents?"
            + "|agent\\s+integrations?|(?:sub-?)?agent\\s+(?:assignments?|selection))\\b", Pattern.CASE_INSENSITIVE);

    /** The section a heading opens, or empty when it does not speak of delegation. */
    static Optional<DelegationSection> ofHeading(String title) {
        return of(title, DELEGATION_LIKE);
    }

    /** The section a lead-in label ("Integration with other agents:", "**Delegate when needed**") opens, or empty. */
    static Optional<DelegationSection> ofLeadIn(String label) {
        return of(label, LEAD_IN_LIKE);
    }

    /**
     * What a label of something else ("Selection rules:", "**Human checkpoint required:**") leads into inside this
     * section: the items still say which agents take the work when they name agents of the workspace.
     */
    DelegationSection forNamedAgentsOnly() {
        return new DelegationSection(title, reverse, false, true);
    }

    /** Stems one of which every delegation-like title contains: a cheap test before the patterns. */
    static final String[] STEMS = {"deleg", "hand", "escalat", "coordinat", "collaborat", "with", "agent", "assign",
        "rout", "stream", "receiv", "partner"};

    private static Optional<DelegationSection> of(String title, Pattern like) {
        String text = title.strip();
        if (!holdsStem(text.toLowerCase(java.util.Locale.ROOT)) || !like.matcher(text).find()) {
            return Optional.empty();
        }
        boolean reverse = POINTS_IN.matcher(text).find() && !ESCALATION.matcher(text).find();
        return Optional.of(new DelegationSection(text, reverse, ABOUT_AGENTS.matcher(text).find(), false));
    }

    /**
     * Whether the title holds one of {@link #STEMS}; "with" counts only together with "work" or "integration", since
     * the patterns accept "with" only after those or after another stem, and "with" alone is common in headings.
     */
    static boolean holdsStem(String lowerCaseTitle) {
        for (String stem : STEMS) {
            if (lowerCaseTitle.contains(stem) && (!stem.equals("with")
                    || lowerCaseTitle.contains("work") || lowerCaseTitle.contains("integration"))) {
                return true;
            }
        }
        return false;
    }
}
