package cn.sifa.core.history;

import org.hibernate.envers.RevisionListener;

import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;

public class SifaRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((SifaRevision) revisionEntity).setRevisedBy(CurrentCaller.find().map(SifaPrincipal::subject).orElse("system"));
    }
}
