package org.educloud.learning;

import org.springframework.core.io.InputStreamSource;

/** A file handed in with a form or a request: its name as the person's device called it, its size and its bytes. */
public record Upload(String name, long size, InputStreamSource content) {
}
