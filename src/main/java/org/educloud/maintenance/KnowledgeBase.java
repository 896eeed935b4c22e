package org.educloud.maintenance;

import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;

/** Filing fixes in the knowledge base from elsewhere in the installation (the demo data), under the page's rules. */
public interface KnowledgeBase {

    /** Files an article at a bureau the caller writes for; returns its id. */
    long publish(Scope scope, OrgId bureau, NewArticle article);
}
