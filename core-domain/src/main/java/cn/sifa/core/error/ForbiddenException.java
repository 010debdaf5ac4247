package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** Authenticated but not allowed, e.g. creating a record in a division outside the caller's scope. */
public class ForbiddenException extends SifaException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作", detail);
    }
}
