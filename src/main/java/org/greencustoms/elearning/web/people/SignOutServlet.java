package org.greencustoms.elearning.web.people;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Signs out: ends the sign-in and the session, then goes to the catalogue. A plain POST, so that it works even when
 * the page it was sent from has expired; it must carry the session's {@link SignOutToken}, so that no other page can
 * sign the user out. Without a sign-in there is nothing to end, and the catalogue follows all the same.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getRemoteUser() != null && !SignOutToken.matches(request)) {
            LOG.warning(() -> "Sign-out of " + request.getRemoteUser() + " without the session's token refused");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
