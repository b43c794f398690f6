package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like a credential: API keys of Anthropic ({@code sk-ant-}), OpenAI-style ({@code sk-}), AWS
 * ({@code AKIA}), GitHub ({@code ghp_}), Slack ({@code xoxb-}), and private key blocks. The message names the kind and
 * shows only the prefix: a report must not spread the secret further. Placeholders ({@code sk-ant-xxxx...}) and
 * strings without both letters and digits are not reported.
 */
public final class SecretRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("secret-in-file", Severity.ERROR,
            "The file holds something that looks like an API key, token or private key.",
            "Agent files are committed and shared, and their text goes to the model provider with every call; a key in one"
                    + " is as good as published.", null);
    private static final Pattern SECRET = Pattern.compile("(?<key>sk-ant-[A-Za-z0-9_-]{20,}"
            + "|sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}"
            + "|github_pat_[A-Za-z0-9_]{22,}|xox[abposr]-[A-Za-z0-9-]{10,})|(?<block>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)");
    /** What every secret the pattern knows starts with ({@code gh} covers {@code ghp_} and {@code github_pat_}). */
    private static final String[] PREFIXES = {"sk-", "AKIA", "ASIA", "gh", "xox", "-----BEGIN "};
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i).*(xxxx|\\.\\.\\.|your|example|placeholder|redacted|dummy|fake).*");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        String text = file.text();
        Matcher matcher = SECRET.matcher(text);
        for (int start : candidates(text)) {
            matcher.region(start, text.length());
            if (!matcher.lookingAt()) {
                continue;
            }
            if (matcher.group("block") != null) {
                file.report(RULE, matcher.start(), null, "This file holds a private key block. Remove it, treat the key as"
                        + " leaked (replace it), and let the agent read keys from where they are kept, never from its prompt.");
                continue;
            }
            String key = matcher.group("key");
            if (looksReal(key)) {
                file.report(RULE, matcher.start(), null, "This looks like " + kind(key) + " (`" + masked(key) + "`, " + key.length()
                        + " characters). Remove it, revoke it, and have the agent read it from the environment instead.");
            }
        }
    }

    /**
     * Offsets where a secret's prefix ({@code sk-}, {@code AKIA}, {@code ghp_}, ...) starts a word (not inside
     * {@code task-} or a longer token), in text order. {@code indexOf} per prefix: the JDK scans for a string many
     * times faster than a loop over the characters, and the pattern is tried only at these few offsets.
     */
    private static List<Integer> candidates(String text) {
        List<Integer> starts = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                if (at == 0 || !isTokenChar(text.charAt(at - 1))) {
                    starts.add(at);
                }
            }
        }
        starts.sort(null);
        return starts;
    }

    private static boolean isTokenChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                : Character.isLetterOrDigit(c);
    }

    private static boolean looksReal(String key) {
        return key.chars().anyMatch(Character::isDigit) && key.chars().anyMatch(Character::isLetter)
                && !PLACEHOLDER.matcher(key).matches();
    }

    private static String kind(String key) {
        if (key.startsWith("sk-ant-")) {
            return "an Anthropic API key";
        }
        if (key.startsWith("sk-")) {
            return "an API key (sk-)";
        }
        if (key.startsWith("AKIA") || key.startsWith("ASIA")) {
            return "an AWS access key id";
        }
        if (key.startsWith("xox")) {
            return "a Slack token";
        }
        return "a GitHub token";
    }

    /** The recognisable prefix only: enough to find the key, never enough to use it. */
    static String masked(String key) {
        int prefix = key.startsWith("sk-ant-") ? 7 : key.startsWith("github_pat_") ? 11 : key.startsWith("xox") ? 5
                : key.startsWith("sk-") ? 3 : 4;
        return key.substring(0, prefix) + "…";
    }
}
