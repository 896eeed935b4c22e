package org.educloud.demo.steps;

import java.util.HashMap;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;

/**
 * What the demo steps share while the installation loads: the installation's scope, the org nodes and accounts by
 * their demo keys ("city", "school.shiyan", "teacher.wang"), the accounts' password, and what a step made for later
 * steps, under a typed {@link Key} the making step declares (the roster's classes, the library's resources).
 */
public final class DemoContext {

    /** The name of something one step puts into the context for later steps, with its type. */
    public record Key<T>(String name) {
    }

    private final Scope installation;
    private final Map<String, OrgId> places;
    private final Map<String, UserId> accounts;
    private final String password;
    private final Map<Key<?>, Object> made = new HashMap<>();

    public DemoContext(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts, String password) {
        this.installation = installation;
        this.places = places;
        this.accounts = accounts;
        this.password = password;
    }

    public Scope installation() {
        return installation;
    }

    public Map<String, OrgId> places() {
        return places;
    }

    public Map<String, UserId> accounts() {
        return accounts;
    }

    public String password() {
        return password;
    }

    public <T> void put(Key<T> key, T value) {
        made.put(key, value);
    }

    /** What an earlier step made; a step ordered before the one that makes it fails here, at the first start. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object value = made.get(key);
        if (value == null) {
            throw new IllegalStateException("No " + key.name() + " in the demo yet: the step that makes it must run "
                    + "before the one that reads it");
        }
        return (T) value;
    }
}
