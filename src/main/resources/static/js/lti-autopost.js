// Posts the LTI launch form at once (the id_token goes to the tool's registered redirect URI); the button stays for
// browsers without scripts.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('lti-launch');
  if (form) {
    form.submit();
  }
});
