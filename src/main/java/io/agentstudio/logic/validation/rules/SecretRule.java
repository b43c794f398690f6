package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Severity;

import java.util.List;

/**
 * Text that looks like a credential, as {@link Secrets} knows them. The message names the kind and shows only the
 * mask: a report must not spread the secret further.
 */
public final class SecretRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("secret-in-file", Severity.ERROR,
            "The file holds something that looks like an API key, token or private key.",
            "Agent files are committed and shared, and their text goes to the model provider with every call; a key in one"
                    + " is as good as published.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        for (Secrets.Secret secret : Secrets.find(file.text(), file.chars())) {
            if (secret.block()) {
                file.report(RULE, secret.start(), null, "This file holds a private key block. Remove it, treat the key as"
                        + " leaked (replace it), and let the agent read keys from where they are kept, never from its prompt.");
            } else {
                file.report(RULE, secret.start(), null, "This looks like " + secret.kind() + " (`" + secret.masked() + "`, "
                        + (secret.end() - secret.start()) + " characters). Remove it, revoke it, and have the agent read it from"
                        + " the environment instead.");
            }
        }
    }
}
