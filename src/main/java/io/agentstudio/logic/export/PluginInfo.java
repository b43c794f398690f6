package io.agentstudio.logic.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Claude Code plugin says about itself in {@code .claude-plugin/plugin.json}, and whether a marketplace file
 * is written beside it. Asked for once and kept in the workspace's {@code .agent-studio/} (see {@link PluginInfoStore}).
 * Blank text means "not given"; such keys are left out of plugin.json.
 */
public record PluginInfo(String name, String version, String description, String authorName, String authorEmail,
                         String authorUrl, String homepage, String repository, String license, List<String> keywords,
                         boolean marketplace) {
    /** Claude Code requires a kebab-case plugin name. */
    public static final Pattern NAME = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public PluginInfo {
        name = clean(name);
        version = clean(version);
        description = clean(description);
        authorName = clean(authorName);
        authorEmail = clean(authorEmail);
        authorUrl = clean(authorUrl);
        homepage = clean(homepage);
        repository = clean(repository);
        license = clean(license);
        keywords = keywords == null ? List.of() : keywords.stream().map(PluginInfo::clean).filter(k -> !k.isEmpty()).toList();
    }

    /** What a workspace that never set anything gets: its folder's name as a slug, version 0.1.0. */
    public static PluginInfo defaultsFor(String folderName) {
        return new PluginInfo(slug(folderName), "0.1.0", "Agents from " + folderName + ", exported by Agent Studio.",
                "", "", "", "", "", "", List.of(), false);
    }

    /** Why the name is not usable, or an empty string. */
    public String nameProblem() {
        if (name.isEmpty()) {
            return "The plugin needs a name.";
        }
        return NAME.matcher(name).matches() ? ""
                : "The plugin name `" + name + "` is not kebab-case (lowercase letters, digits and hyphens), which Claude Code requires.";
    }

    public PluginInfo withMarketplace(boolean wanted) {
        return new PluginInfo(name, version, description, authorName, authorEmail, authorUrl, homepage, repository, license,
                keywords, wanted);
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "agents" : slug;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
