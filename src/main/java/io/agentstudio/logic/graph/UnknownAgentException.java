package io.agentstudio.logic.graph;

import java.util.Optional;

/** A name or path given by the user matches no agent of the workspace, or more than one. */
public final class UnknownAgentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient String didYouMean;

    UnknownAgentException(String message, String didYouMean) {
        super(message);
        this.didYouMean = didYouMean;
    }

    static UnknownAgentException noSuchAgent(String name, Optional<String> closest) {
        return new UnknownAgentException("no agent named '" + name + "' in the workspace"
                + closest.map(c -> " (did you mean '" + c + "'?)").orElse(""), closest.orElse(null));
    }

    public Optional<String> didYouMean() {
        return Optional.ofNullable(didYouMean);
    }
}
