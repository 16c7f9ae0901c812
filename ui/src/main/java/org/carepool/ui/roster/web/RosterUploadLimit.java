package org.carepool.ui.roster.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file larger than the ui takes in is answered on the upload page, not with an error.
 */
@ControllerAdvice
class RosterUploadLimit {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/roster?tooLarge=true";
	}

}
