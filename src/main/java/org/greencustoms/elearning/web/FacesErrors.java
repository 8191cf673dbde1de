package org.greencustoms.elearning.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greencustoms.elearning.platform.BusinessException;
import org.greencustoms.elearning.platform.NotFoundException;
import org.greencustoms.elearning.platform.NotSignedInException;

/**
 * Every page's failures, handled once: a record that does not exist or is not the caller's, and a role the caller
 * lacks, answer the 404 page (nothing leaks); an expired view goes to the expired page, which links back; a refusal
 * of an action (a business rule) is shown on the same page as a message from the bundle. A view state that cannot be
 * read counts as expired. Anything else is left to the container's 500 page, and logged there; an ajax request,
 * which cannot show that page (Faces would answer the exception's class and message), is sent to /error.xhtml.
 */
public class FacesErrors extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FacesErrors(getWrapped().getExceptionHandler());
        }
    }

    FacesErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext();) {
            Throwable cause = root(events.next().getContext().getException());
            if (handled(faces, cause)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static boolean handled(FacesContext faces, Throwable cause) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (cause instanceof ViewExpiredException || unreadableViewState(faces)) {
                LOG.log(Level.FINE, "Answered as an expired view", cause);
                external.redirect(external.getRequestContextPath() + "/expired.xhtml");
            } else if (cause instanceof NotSignedInException) {
                external.redirect(external.getRequestContextPath() + "/login.xhtml");
            } else if (cause instanceof NotFoundException || cause instanceof EJBAccessException) {
                LOG.log(Level.FINE, "Answered as not found", cause);
                notFound(faces);
            } else if (cause instanceof BusinessException refused && faces.isPostback()
                    && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.get(faces, refused.messageKey()), refused.getMessage()));
                faces.validationFailed();
                faces.renderResponse();
                return true;
            } else if (faces.getPartialViewContext().isAjaxRequest()) {
                LOG.log(Level.SEVERE, "Failure of an ajax request to " + external.getRequestServletPath(), cause);
                external.redirect(external.getRequestContextPath() + "/error.xhtml");
            } else {
                return false;
            }
            faces.responseComplete();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A postback whose view state cannot even be read (altered, or from another server's key) fails while the view is
     * restored, with an exception that names a class: to the user it is the same as an expired page.
     */
    private static boolean unreadableViewState(FacesContext faces) {
        return faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
                && faces.getExternalContext().getRequestParameterMap().containsKey("jakarta.faces.ViewState");
    }

    /** Ajax requests cannot show an error page: they are sent to an address that answers 404. */
    private static void notFound(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + "/not-found");
        } else {
            external.responseSendError(404, null);
        }
    }

    private static Throwable root(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof FacesException || cause instanceof ELException || cause instanceof EJBException
                && !(cause instanceof EJBAccessException)) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
