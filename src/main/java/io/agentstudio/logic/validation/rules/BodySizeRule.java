package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Locale;

/**
 * A prompt over the dialect's hard limit (GitHub Copilot reads at most 30,000 characters), or over a size where it
 * costs a lot of context on every call. Tokens are estimated at four characters each.
 */
public final class BodySizeRule implements FileRule {
    static final int LARGE = 40_000;
    static final RuleInfo TOO_LONG = new RuleInfo("body-too-long", Severity.WARNING,
            String.format(Locale.ROOT, "The prompt has more than %,d characters (about %,d tokens).", LARGE, LARGE / 4),
            "The whole prompt is sent each time the agent runs and takes that much of its context before any work starts.", null);
    static final RuleInfo OVER_LIMIT = new RuleInfo("body-over-limit", Severity.ERROR,
            "The prompt is longer than the dialect allows (GitHub Copilot: 30,000 characters).",
            "The tool does not accept a longer prompt: the agent is rejected or its instructions are cut off.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(TOO_LONG, OVER_LIMIT);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.bodyReadable()) {
            return;
        }
        int length = file.bodyLength();
        int limit = file.catalog().bodyLimit();
        if (limit > 0 && length > limit) {
            file.report(OVER_LIMIT, file.document().bodyStart() + limit, null, String.format(Locale.ROOT,
                    "The prompt has %,d characters; %s reads at most %,d, which end here. Shorten it or move reference"
                            + " material into files the agent reads.", length, file.catalog().dialect().displayName(), limit));
        } else if (length > LARGE) {
            file.report(TOO_LONG, file.document().bodyStart(), null, String.format(Locale.ROOT,
                    "The prompt has %,d characters (about %,d tokens), sent every time the agent runs. Move reference material"
                            + " into files or skills the agent reads when it needs them.", length, length / 4));
        }
    }
}
