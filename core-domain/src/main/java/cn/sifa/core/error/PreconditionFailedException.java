package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** The If-Match version is stale: someone else changed the record since the caller read it. */
public class PreconditionFailedException extends SifaException {

    public PreconditionFailedException(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "记录已被他人修改", detail);
    }
}
