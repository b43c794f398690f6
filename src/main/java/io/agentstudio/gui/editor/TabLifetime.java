package io.agentstudio.gui.editor;

import javafx.util.Subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * What an open tab hooks onto objects that outlive it (the preferences, the window), undone together when the tab
 * closes: a closed tab must neither follow them any more nor be kept alive by them.
 */
public final class TabLifetime {
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean ended;

    /** Keeps {@code subscription} until the tab closes; one added after that ends at once. */
    public void add(Subscription subscription) {
        if (ended) {
            subscription.unsubscribe();
        } else {
            subscriptions.add(subscription);
        }
    }

    /** The tab closed. */
    public void end() {
        ended = true;
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
