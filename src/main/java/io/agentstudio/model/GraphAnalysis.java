package io.agentstudio.model;

import java.util.List;

/**
 * What the shape of a delegation graph says about a team of agents.
 *
 * @param cycles       groups of agents that delegate to each other in a circle, each with one shortest circle
 * @param unreferenced agents nobody delegates to (the main conversation is their only way in)
 * @param leaves       agents that delegate to nobody
 * @param isolated     agents with neither, outside the team's graph
 * @param fans         per agent, how many agents it receives work from and hands work to
 * @param deepChains   chains of handoffs longer than the nesting limit, one example per first agent
 * @param nestingLimit the limit the chains were measured against
 * @param ghosts       every reference to an agent that does not exist
 */
public record GraphAnalysis(List<Cycle> cycles, List<GraphNode> unreferenced, List<GraphNode> leaves, List<GraphNode> isolated,
                            List<Fan> fans, List<List<GraphNode>> deepChains, int nestingLimit, List<GhostReference> ghosts) {

    public GraphAnalysis {
        cycles = List.copyOf(cycles);
        unreferenced = List.copyOf(unreferenced);
        leaves = List.copyOf(leaves);
        isolated = List.copyOf(isolated);
        fans = List.copyOf(fans);
        deepChains = deepChains.stream().map(List::copyOf).toList();
        ghosts = List.copyOf(ghosts);
    }

    /**
     * A strongly connected group of agents.
     *
     * @param agents  every agent of the group, in workspace order
     * @param example one shortest circle through the group's first agent, which is repeated at the end
     */
    public record Cycle(List<GraphNode> agents, List<GraphNode> example) {
        public Cycle {
            agents = List.copyOf(agents);
            example = List.copyOf(example);
        }
    }

    /** How many distinct agents hand work to {@code agent} ({@code in}) and receive work from it ({@code out}). */
    public record Fan(GraphNode agent, int in, int out) {
    }
}
