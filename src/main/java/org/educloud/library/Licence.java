package org.educloud.library;

/** Under which terms others may reuse a resource. */
public enum Licence {
    CC_BY, CC_BY_SA, CC_BY_NC, ALL_RIGHTS_RESERVED
}
