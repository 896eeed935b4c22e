package org.educloud.development.frameworks;

import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frameworks a caller may use: the national one everywhere, a bureau's own in that bureau (its schools and the
 * bureaus above, which compare it). Any other id reads as not found.
 */
@Service
@Transactional(readOnly = true)
public class Frameworks {

    /** The national framework's code and version, as the shipped file carries them. */
    public static final String NATIONAL_CODE = "JY/T 0646—2022";
    public static final String NATIONAL_VERSION = "2022";

    private final FrameworkStore store;

    Frameworks(FrameworkStore store) {
        this.store = store;
    }

    public List<Framework> visible(Scope scope) {
        return store.all().stream().filter(f -> visibleTo(scope, f.ownerPath())).toList();
    }

    public FrameworkTree tree(Scope scope, long id) {
        Framework framework = store.find(id).filter(f -> visibleTo(scope, f.ownerPath()))
                .orElseThrow(() -> new NotFoundException("development.error.frameworkNotFound"));
        return store.tree(framework);
    }

    /** The framework a page opens with when none is asked for: the national one. */
    public long national() {
        return store.find(NATIONAL_CODE, NATIONAL_VERSION).map(Framework::id)
                .orElseThrow(() -> new NotFoundException("development.error.frameworkNotFound"));
    }

    static boolean visibleTo(Scope scope, OrgPath owner) {
        return owner.equals(OrgPath.ROOT) || scope.grants().stream()
                .anyMatch(g -> owner.contains(g.path()) || g.path().contains(owner));
    }
}
