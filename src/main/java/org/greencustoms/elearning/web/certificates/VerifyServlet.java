package org.greencustoms.elearning.web.certificates;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The address printed on certificates, /verify/{code}: shows the verification page for the code. */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CODE = "org.greencustoms.elearning.verify.code";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        request.setAttribute(CODE, path == null ? "" : path.substring(1));
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
