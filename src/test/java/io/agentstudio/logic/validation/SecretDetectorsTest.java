package io.agentstudio.logic.validation;

import io.agentstudio.logic.validation.rules.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.findings;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of credential the secret rule knows, its placeholders, and the masking every output shares. */
class SecretDetectorsTest {
    private static final String AWS_SECRET = "Zq7mX2pLk9Rt4Wv8Nb3Cy6Df1Gh5Jk0Ls/Ap+Qe3";
    private static final String GOOGLE = "AIzaSyD4x9Qm2Lp7Rt3Wv8Nb1Cy6Df5Gh0Jk2Ls";
    private static final String STRIPE = "sk_live_51Hx7Qm2Lp9Rt4Wv8Nb3Cy6Df";
    private static final String STRIPE_RESTRICTED = "rk_live_51Hx7Qm2Lp9Rt4Wv8Nb3Cy6Df";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSJ9"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static List<String> messages(String text) {
        return findings(CLEAN + text).stream().filter(f -> f.ruleId().equals("secret-in-file")).map(f -> f.problem().message()).toList();
    }

    @Test
    void anAwsSecretAccessKeyAfterItsNameIsFoundAndNotRepeated() {
        assertThat(messages("aws_secret_access_key = " + AWS_SECRET + "\n")).singleElement().satisfies(m -> {
            assertThat(m).contains("an AWS secret access key").contains("40 characters");
            assertThat(m).doesNotContain(AWS_SECRET);
        });
        assertThat(messages("export AWS_SECRET_ACCESS_KEY=\"" + AWS_SECRET + "\"\n")).hasSize(1);
    }

    @Test
    void anAwsSecretAccessKeyBesideAnAccessKeyIdIsFound() {
        assertThat(messages("Use AKIAZ7QX3LMP4RT9WV2N with " + AWS_SECRET + " for the bucket.\n"))
                .anySatisfy(m -> assertThat(m).contains("an AWS secret access key"))
                .anySatisfy(m -> assertThat(m).contains("an AWS access key id"));
    }

    @Test
    void fortyCharactersWithoutAnAwsNameNearbyAreNoSecret() {
        assertThat(ruleIds(CLEAN + "The commit " + "0123456789abcdef0123456789abcdef01234567" + " and " + AWS_SECRET + ".\n")).isEmpty();
    }

    @Test
    void googleStripeAndJwtCredentialsAreFound() {
        assertThat(messages("google " + GOOGLE + "\n")).singleElement().satisfies(m ->
                assertThat(m).contains("a Google API key").contains("`AIza…`").doesNotContain(GOOGLE));
        assertThat(messages("stripe " + STRIPE + "\n")).singleElement().satisfies(m ->
                assertThat(m).contains("a Stripe live key").contains("`sk_live_…`").doesNotContain(STRIPE));
        assertThat(messages("stripe " + STRIPE_RESTRICTED + "\n")).singleElement().satisfies(m ->
                assertThat(m).contains("a Stripe live key").contains("`rk_live_…`"));
        assertThat(messages("Authorization: Bearer " + JWT + "\n")).singleElement().satisfies(m ->
                assertThat(m).contains("a JSON Web Token").contains("`eyJ…`").doesNotContain(JWT));
    }

    @Test
    void aRealLookingKeyWithYourInsideIsStillASecret() {
        assertThat(messages("key sk-ant-api03-Qx7LmZ2yourpT9vR4kW8nB3cY6dF1gH5jK0s\n")).hasSize(1);
        assertThat(messages("key AIzaSyD4x9Qm2Lp7YoUr8Nb1Cy6Df5Gh0Jk2Lsz\n")).hasSize(1);
        assertThat(messages("key sk_live_51Hx7yourLp9Rt4Wv8Nb3Cy6Df\n")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sk-ant-your-api-key-here-0123456789",
            "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sk-your-openai-key-goes-here-1234567890ab",
            "aws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "sk_live_your_stripe_key_1234567890",
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "eyJhbGciOi....eyJzdWIiOi....signature",
            "api key: <YOUR_KEY>"})
    void placeholdersAreNoSecrets(String placeholder) {
        assertThat(ruleIds(CLEAN + "Set it: " + placeholder + "\n")).isEmpty();
    }

    @Test
    void aFindingOfAnotherRuleThatQuotesAValueNeverRepeatsASecretInIt() {
        String key = "sk-ant-api03-Qx7LmZ2pT9vR4kW8nB3cY6dF1gH5jK0s";
        List<Finding> found = findings(CLEAN.replace("---\nYou are", "model: " + key + "\ntools: " + key + "\n---\nYou are"));

        assertThat(found).extracting(Finding::ruleId).contains("secret-in-file").hasSizeGreaterThan(2);
        assertThat(found).allSatisfy(f -> assertThat(f.problem().message()).doesNotContain(key));
    }

    @Test
    void maskingKeepsOnlyThePrefixOfEverySecretAndTheLines() {
        String text = "a " + GOOGLE + " b\naws_secret_access_key=" + AWS_SECRET + "\n" + JWT + "\n"
                + "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7Qx\nZ9Lm2Pq==\n-----END RSA PRIVATE KEY-----\nafter\n";

        String masked = Secrets.mask(text);

        assertThat(masked).doesNotContain(GOOGLE, AWS_SECRET, JWT, "MIIEowIBAAKCAQEA7Qx", "Z9Lm2Pq==")
                .contains("a AIza… b\n", "aws_secret_access_key=Zq7m…\n", "eyJ…\n", "-----END RSA PRIVATE KEY-----\nafter\n");
        assertThat(masked.lines().count()).isEqualTo(text.lines().count());
        assertThat(Secrets.mask("nothing secret here\n")).isEqualTo("nothing secret here\n");
    }
}
