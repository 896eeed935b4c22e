package org.educloud.network;

/** Where a connectivity version came from: the school's own form, a bureau's import, or the demo installation. */
public enum ChangeSource {
    FORM, IMPORT, DEMO
}
