package org.educloud.homeschool;

import java.util.List;
import org.educloud.shared.Scope;

/** What the home pages show of home–school notices: a parent's notices still waiting for them. */
public interface HomeNotices {

    /**
     * Notices to the classes of the caller's children that the caller has not yet confirmed or answered, with the
     * nearest deadline first; at most {@code most}. Empty for anyone who is not a parent.
     */
    List<NoticeSummary> awaiting(Scope scope, int most);
}
