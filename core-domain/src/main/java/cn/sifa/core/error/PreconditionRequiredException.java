package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** A write that must name the version it changes (an edit form) came without If-Match: 428, nothing written. */
public class PreconditionRequiredException extends SifaException {

    public PreconditionRequiredException(String detail) {
        super(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "缺少 If-Match", detail);
    }
}
