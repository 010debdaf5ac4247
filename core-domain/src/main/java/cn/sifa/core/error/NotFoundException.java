package cn.sifa.core.error;

import org.springframework.http.HttpStatus;

/** The record does not exist or is outside the caller's division: the two are indistinguishable on purpose. */
public class NotFoundException extends SifaException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", "记录不存在", what + " " + id + " 不存在");
    }
}
