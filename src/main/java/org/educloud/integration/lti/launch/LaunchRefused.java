package org.educloud.integration.lti.launch;

/**
 * An authentication request the platform does not answer with an id_token. It is shown on EduCloud's own page and
 * never sent to the redirect URI, as that address may be the very thing that is wrong.
 */
public class LaunchRefused extends RuntimeException {

    private final String messageKey;
    private final int status;

    public LaunchRefused(String messageKey, int status) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }
}
