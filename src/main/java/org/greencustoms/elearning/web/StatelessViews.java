package org.greencustoms.elearning.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * The pages that anyone may open keep no view state, so that an anonymous visitor gets no HTTP session: memory, and
 * a shared session store later, are for signed-in users. Such a page has no view-scoped bean and no ajax; a form on it
 * (the sign-in) is rebuilt from the page on postback, so it cannot expire either. Decided when the view is created,
 * before anything asks for the view map (PrimeFaces keeps the script nonce there, and so in the session, unless the
 * view is transient); f:view transient="true" in the page would come too late for that.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> STATELESS = Set.of("/index.xhtml", "/login.xhtml", "/module.xhtml", "/verify.xhtml",
            "/expired.xhtml", "/error.xhtml", "/WEB-INF/errorpages/404.xhtml", "/WEB-INF/errorpages/500.xhtml",
            "/WEB-INF/errorpages/expired.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && STATELESS.contains(view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }
}
