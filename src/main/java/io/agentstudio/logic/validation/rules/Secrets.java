package io.agentstudio.logic.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that looks like a credential and masks it: the one place that knows what a secret looks like, used by
 * the {@code secret-in-file} rule and by every output that shows file content (the export's diffs and report). Known:
 * API keys of Anthropic ({@code sk-ant-}), OpenAI-style ({@code sk-}), AWS access key ids ({@code AKIA}) and secret
 * access keys (40 base64 characters after {@code aws_secret_access_key} or near an access key id), GitHub
 * ({@code ghp_}, {@code github_pat_}), Slack ({@code xoxb-}), Google ({@code AIza}), Stripe live keys
 * ({@code sk_live_}, {@code rk_live_}), JSON Web Tokens ({@code eyJ….eyJ….sig}) and private key blocks.
 * A mask keeps the recognisable prefix only: enough to find the key, never enough to use it.
 */
public final class Secrets {
    /** One credential in a text: {@code [start, end)} is what a mask replaces. */
    public record Secret(int start, int end, String kind, String masked, boolean block) {
    }

    private static final Pattern KEY = Pattern.compile("sk-ant-[A-Za-z0-9_-]{20,}|sk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{32,}"
            + "|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|xox[abposr]-[A-Za-z0-9-]{10,}"
            + "|AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])|[sr]k_live_[0-9A-Za-z_]{20,}"
            + "|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}");
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern BLOCK_END = Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    /** An AWS secret access key after its name, as in {@code ~/.aws/credentials}, a shell export or the IAM JSON. */
    private static final Pattern NAMED_AWS_SECRET = Pattern.compile("(?:aws_secret_access_key|AWS_SECRET_ACCESS_KEY|SecretAccessKey"
            + "|secret_access_key|SECRET_ACCESS_KEY)[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])");
    private static final Pattern BARE_AWS_SECRET = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");
    /** How far after an access key id its secret is looked for (the two are usually written side by side). */
    private static final int AWS_PAIR_DISTANCE = 200;
    /** Where a secret can start; {@code gh} covers {@code ghp_} and {@code github_pat_}. */
    static final String[] PREFIXES = {"sk-", "AKIA", "ASIA", "gh", "xox", "AIza", "sk_live_", "rk_live_", "eyJ", "-----BEGIN ",
            "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey", "secret_access_key", "SECRET_ACCESS_KEY"};
    private static final String[][] PREFIXES_BY_FIRST = byFirstCharacter(PREFIXES);
    /** Flags of a character in {@link #ASCII_KIND}: it continues a token; a prefix starts with it. */
    private static final int TOKEN = 1;
    private static final int STARTS = 2;
    private static final byte[] ASCII_KIND = asciiKinds();
    /**
     * Short words a placeholder is made of ({@code sk-ant-your-key-here}); they count only as a whole part between
     * {@code -} or {@code _}, because a random key holds four letters like "your" now and then.
     */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("your", "key", "api", "here", "goes", "insert", "fake", "dummy",
            "test", "sample", "secret", "token", "replace");
    /** Long words that no random key holds by chance, so anywhere in the value (AWS's own AKIAIOSFODNN7EXAMPLE). */
    private static final Pattern PLACEHOLDER_INSIDE = Pattern.compile("(?i)example|placeholder|redacted|changeme|xxxx|\\.\\.\\.|…");

    private Secrets() {
    }

    /** Every credential in {@code text}, in text order. */
    public static List<Secret> find(String text) {
        return find(text, text.toCharArray());
    }

    /**
     * As {@link #find(String)}, for a caller that holds the text as an array already ({@code chars} is {@code text}'s
     * characters, read and not changed): the file rules share one copy of each file.
     */
    static List<Secret> find(String text, char[] chars) {
        List<Secret> found = new ArrayList<>();
        Matcher key = KEY.matcher(text);
        Matcher block = BLOCK.matcher(text);
        Matcher named = NAMED_AWS_SECRET.matcher(text);
        int covered = 0;
        for (int start : candidates(chars)) {
            if (start < covered) {
                continue;
            }
            Secret secret = null;
            if (lookingAt(block, start, text.length())) {
                secret = block(text, block.start(), block.end());
            } else if (lookingAt(named, start, text.length())) {
                secret = awsSecret(named.group(1), named.start(1));
            } else if (lookingAt(key, start, text.length()) && looksReal(key.group())) {
                secret = key(key.group(), key.start());
                if (secret.kind().equals("an AWS access key id")) {
                    found.addAll(pairedAwsSecret(text, key.end()));
                }
            }
            if (secret != null) {
                found.add(secret);
                covered = secret.end();
            }
        }
        found.sort(Comparator.comparingInt(Secret::start));
        return dropOverlaps(found);
    }

    /** {@code text} with every credential replaced by its mask; lines stay where they were. */
    public static String mask(String text) {
        List<Secret> secrets = find(text);
        if (secrets.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Secret secret : secrets) {
            out.append(text, at, secret.start()).append(secret.masked());
            at = secret.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static boolean lookingAt(Matcher matcher, int start, int length) {
        return matcher.region(start, length).lookingAt();
    }

    /**
     * Offsets where a secret's prefix starts a word (not inside {@code task-} or a longer token), in text order: one
     * pass over the text, trying only the prefixes of each letter; the patterns are tried only at these few offsets.
     */
    static List<Integer> candidates(char[] chars) {
        List<Integer> starts = new ArrayList<>();
        // Whether a character continues a token changes every few characters, too often for the processor to guess a
        // branch on it: the flags are combined by arithmetic instead, and the one branch left is seldom taken (twice
        // as fast as branching per character, without the optimising compiler a command-line run never reaches).
        int startable = STARTS;
        for (int at = 0; at < chars.length; at++) {
            char c = chars[at];
            int kind = c < ASCII_KIND.length ? ASCII_KIND[c] : Character.isLetterOrDigit(c) ? TOKEN : 0;
            if ((kind & startable) != 0 && startsWithAny(chars, at, PREFIXES_BY_FIRST[c])) {
                starts.add(at);
            }
            startable = ~kind << 1 & STARTS; // STARTS after a character that is no part of a token, else 0
        }
        return starts;
    }

    private static boolean startsWithAny(char[] chars, int at, String[] prefixes) {
        for (String prefix : prefixes) {
            if (startsWith(chars, at, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(char[] chars, int at, String prefix) {
        if (chars.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String[][] byFirstCharacter(String[] prefixes) {
        String[][] byFirst = new String[128][];
        for (String prefix : prefixes) {
            String[] known = byFirst[prefix.charAt(0)] == null ? new String[0] : byFirst[prefix.charAt(0)];
            String[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = prefix;
            byFirst[prefix.charAt(0)] = more;
        }
        return byFirst;
    }

    /** Per ASCII character, {@link #TOKEN} for letters, digits, '_' and '-', {@link #STARTS} for a prefix's first. */
    private static byte[] asciiKinds() {
        byte[] kinds = new byte[128];
        for (char c = 0; c < kinds.length; c++) {
            boolean token = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            kinds[c] = (byte) ((token ? TOKEN : 0) | (PREFIXES_BY_FIRST[c] != null ? STARTS : 0));
        }
        return kinds;
    }

    /** The block from its BEGIN line to its END line (or the end of the text); each line of key material masks to "…". */
    private static Secret block(String text, int start, int headerEnd) {
        Matcher end = BLOCK_END.matcher(text);
        int stop = end.find(headerEnd) ? end.start() : text.length();
        String masked = text.substring(start, headerEnd) + text.substring(headerEnd, stop).replaceAll("[^\\r\\n]+", "…");
        return new Secret(start, stop, "a private key block", masked, true);
    }

    private static Secret key(String key, int start) {
        String masked = key.substring(0, prefixLength(key)) + "…";
        return new Secret(start, start + key.length(), kind(key), masked, false);
    }

    private static Secret awsSecret(String secret, int start) {
        return looksLikeAwsSecret(secret)
                ? new Secret(start, start + secret.length(), "an AWS secret access key", secret.substring(0, 4) + "…", false) : null;
    }

    /** The secret access key written near an access key id, if there is one. */
    private static List<Secret> pairedAwsSecret(String text, int idEnd) {
        Matcher bare = BARE_AWS_SECRET.matcher(text).region(idEnd, Math.min(text.length(), idEnd + AWS_PAIR_DISTANCE));
        bare.useTransparentBounds(true);
        while (bare.find()) {
            Secret secret = awsSecret(bare.group(), bare.start());
            if (secret != null) {
                return List.of(secret);
            }
        }
        return List.of();
    }

    /** Base64 of random bytes: both cases and a digit (a SHA-1 in hex, lower case only, is not one), and no placeholder. */
    private static boolean looksLikeAwsSecret(String value) {
        return value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isLowerCase)
                && value.chars().anyMatch(Character::isDigit) && !isPlaceholder(value);
    }

    private static boolean looksReal(String key) {
        return key.chars().anyMatch(Character::isDigit) && key.chars().anyMatch(Character::isLetter) && !isPlaceholder(key);
    }

    /**
     * A placeholder as documentation writes it: {@code sk-ant-your-key-here-123}, {@code sk-xxxx…}, {@code AKIA…EXAMPLE}.
     * A key that merely holds "your" among random characters is not one.
     */
    static boolean isPlaceholder(String value) {
        if (PLACEHOLDER_INSIDE.matcher(value).find()) {
            return true;
        }
        for (String part : value.split("[-_.]")) {
            if (PLACEHOLDER_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
        if (key.startsWith("AIza")) {
            return "a Google API key";
        }
        if (key.startsWith("sk_live_") || key.startsWith("rk_live_")) {
            return "a Stripe live key";
        }
        if (key.startsWith("eyJ")) {
            return "a JSON Web Token";
        }
        return "a GitHub token";
    }

    private static int prefixLength(String key) {
        if (key.startsWith("sk-ant-")) {
            return 7;
        }
        if (key.startsWith("github_pat_")) {
            return 11;
        }
        if (key.startsWith("sk_live_") || key.startsWith("rk_live_")) {
            return 8;
        }
        if (key.startsWith("xox")) {
            return 5;
        }
        return key.startsWith("sk-") || key.startsWith("eyJ") ? 3 : 4;
    }

    private static List<Secret> dropOverlaps(List<Secret> sorted) {
        List<Secret> kept = new ArrayList<>();
        int end = 0;
        for (Secret secret : sorted) {
            if (secret.start() >= end) {
                kept.add(secret);
                end = secret.end();
            }
        }
        return kept;
    }
}
