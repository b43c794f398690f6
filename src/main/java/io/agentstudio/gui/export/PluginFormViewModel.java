package io.agentstudio.gui.export;

import io.agentstudio.logic.export.PluginInfo;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Arrays;
import java.util.List;

/** The plugin's name, version, description, author and marketplace choice, as the export dialog edits them. */
public final class PluginFormViewModel {
    // Properties
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final StringProperty keywords = new SimpleStringProperty(this, "keywords", "");
    private final BooleanProperty marketplace = new SimpleBooleanProperty(this, "marketplace", false);
    /** Fields the form does not show, kept as they were read so a save does not lose them. */
    private PluginInfo loaded = PluginInfo.defaultsFor("agents");

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** Comma-separated. */
    public StringProperty keywordsProperty() {
        return keywords;
    }

    public BooleanProperty marketplaceProperty() {
        return marketplace;
    }

    /** Every value the form shows, to listen to for changes. */
    List<ObservableValue<?>> values() {
        return List.of(name, version, description, author, keywords, marketplace);
    }

    void show(PluginInfo info) {
        loaded = info;
        name.set(info.name());
        version.set(info.version());
        description.set(info.description());
        author.set(info.authorName());
        keywords.set(String.join(", ", info.keywords()));
        marketplace.set(info.marketplace());
    }

    PluginInfo info() {
        List<String> words = Arrays.stream(keywords.get().split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        return new PluginInfo(name.get(), version.get(), description.get(), author.get(), loaded.authorEmail(), loaded.authorUrl(),
                loaded.homepage(), loaded.repository(), loaded.license(), words, marketplace.get());
    }

    /** Why the name will not do, or an empty string (shown beside the field). */
    String nameProblem() {
        return info().nameProblem();
    }
}
