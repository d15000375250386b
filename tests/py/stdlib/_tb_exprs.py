"""Helper for traceback_carets.py: generated one-line functions whose expressions raise."""
def t0(): return r  [1 **  -ok ]
def u0(): x = +f(r[  r ]+r  [ok [0]]); return x
def t1(): return +f('s')%ok(1)@  r[r  [ r  ] ]
def u1(): x = +  's' << r[ r  ] @  r [  r  [  ok ]  ]; return x
def t2(): return ok.v
def u2(): x = ~ r; return x
def t3(): return f(r)
def u3(): x = +r  [r]  <<+ ( ok [0]  ); return x
def t4(): return r
def u4(): x = +  r  [  ok %  r[  1 ] ]; return x
def t5(): return (( r)  )
def u5(): x = r  [  r[  r  -r ]]; return x
def t6(): return r  * ok* r  [ r  [ ok [0] ] ] -~ r - r [r] *r[ r  [  's']  ]
def u6(): x = f(r &  (  r [r [r] ])); return x
def t7(): return ok(1)
def u7(): x = r [  r<<r[  ok.v  ]  ]  + (r  )  @  ok  @ r ['s' ]; return x
def t8(): return r/ r [ ok [0]@  ok [0]  ]
def u8(): x = f(ok [0]-r[  r ]); return x
def t9(): return (  ( ok )>>  f(r)  )
def u9(): x = ok(1); return x
def t10(): return r
def u10(): x = - r[ 's'  ]; return x
def t11(): return -  ok(1) //  1
def u11(): x = ok +  r; return x
def t12(): return 1
def u12(): x = ok; return x
def t13(): return -ok.v  /1 ^  r [ r]  %r^ ( ok(1) )
def u13(): x = ok; return x
def t14(): return (  f(ok(1)))
def u14(): x = f(( r  [ok.v] )); return x
def t15(): return ok(1)
def u15(): x = 1; return x
def t16(): return ok [0]
def u16(): x = (~('s' )); return x
def t17(): return (ok.v)
def u17(): x = r; return x
def t18(): return - ok [0]+  r
def u18(): x = ( f(r))  ^ 's'; return x
def t19(): return r[r [ ok [0]  ]  ]
def u19(): x = r[r ]  ^  r [ r[r  [ok  ] ] ]  //  f(r [ok(1)]); return x
def t20(): return f(r)  @  r
def u20(): x = r; return x
def t21(): return (  r  [r [ 's' ]]  )
def u21(): x = ok.v; return x
def t22(): return f(r)
def u22(): x = r  [ f(r **  ok.v)  ]; return x
def t23(): return ~  r^  r [r[ ok [0] ]  ] *  f(r[r  [  ok.v] ])
def u23(): x = -  r; return x
def t24(): return f(+  ( r[  r[  r ]  ]))
def u24(): x = ok.v  &  1; return x
def t25(): return ~ r [ r  ] /+  -  ok(1)
def u25(): x = +  r<< r; return x
def t26(): return r
def u26(): x = r *  r //  r [r [ ok]  ] / r-  r; return x
def t27(): return r[  (  1  )  ] ^  (1  )
def u27(): x = f(( ~  r  [ r  ] )); return x
def t28(): return -  r
def u28(): x = f(r  [ r  [ r[ r  [  r ]  ]]  ]) >> ~  r  [  r[ r[  r [  r ]  ]  ]]  ^ r[  r ] ^  +  ok.v; return x
def t29(): return f(f(r) <<r[  r [ok  ] ]*  r[  r ])
def u29(): x = r[ok(1)]|  r [ r  [  r] ]  |  's'  / r [ok(1)  ] |r[  ok(1) ]^ r&  r  [ r  [r [ r[r  ] ] ] ]; return x
def t30(): return -r/ 1*r
def u30(): x = r; return x
def t31(): return r |  f((  ok  ))
def u31(): x = r[- f(ok.v)]; return x
def t32(): return f(r  [ r ])  // f(r[r])^f(( r [ok.v  ]))
def u32(): x = r; return x
def t33(): return r
def u33(): x = -  r; return x
def t34(): return ~1
def u34(): x = r<<r[ 1]; return x
def t35(): return r &r [ ok [0] ] &  r+  r [ r  [  r  ['s' ]  ]]
def u35(): x = +ok(1)-r; return x
def t36(): return -'s' << ok(1)
def u36(): x = r; return x
def t37(): return r  [f(r [  ok  ])  ]
def u37(): x = ok(1) - r; return x
def t38(): return -  (  r ) ^r /  r[ 's' ]
def u38(): x = f(ok.v); return x
def t39(): return f(r)
def u39(): x = r[ + r ] *  ok; return x
def t40(): return ( ok(1) %  r  [  r  ])%  ( 1 )
def u40(): x = f(f((  ok  ))); return x
def t41(): return r
def u41(): x = r[  f(r  >>  ok(1))  ]; return x
def t42(): return ( f(r [  r[r ]  ])>>ok.v )
def u42(): x = r; return x
def t43(): return 's'
def u43(): x = ok.v -  ok; return x
def t44(): return r  [ r  ] **  r  **1  %  ok [0]// r
def u44(): x = r; return x
def t45(): return + 1
def u45(): x = - f(r); return x
def t46(): return r  - (  r  [  's' ]  )  @  f(ok.v)  **  r  [ok [0]]
def u46(): x = +  r; return x
def t47(): return ( ~  r)
def u47(): x = ok; return x
def t48(): return ~ (  r [ 1] ) * r[ok(1)]
def u48(): x = ~  r [  1 ] /  1  @ok.v; return x
def t49(): return r[  r] * 1
def u49(): x = r[+r [ r  ]|  r [  r[ r [ok [0]]]  ]  ]; return x
def t50(): return 1
def u50(): x = ok [0]; return x
def t51(): return f(f(ok)  **r [  r[r [ r  [ ok [0]  ]]  ] ])
def u51(): x = f(ok); return x
def t52(): return (  r  & r<< ok [0])
def u52(): x = -'s'  >>r  [  r ] // 1** r [ok.v  ]; return x
def t53(): return r  [  f(r[  's'  ])]
def u53(): x = (  f(ok(1)))*  r  <<  r  *  ok.v; return x
def t54(): return ~r >>ok [0]//  ( -ok(1))
def u54(): x = ok(1); return x
def t55(): return r  [  r ]
def u55(): x = ok; return x
def t56(): return ok(1)
def u56(): x = (r +r [ r  [  r]  ] ); return x
def t57(): return r  %(  r  [ ok  ]  )
def u57(): x = f(+ r  //  r); return x
def t58(): return r
def u58(): x = ok.v; return x
def t59(): return ~  r << ok.v |r [r  [ r  [  r  [  r  ] ] ]  ]*r  [f(ok(1)) ]
def u59(): x = r[ f(-  r) ]; return x
def t60(): return r  +  r [  1]
def u60(): x = +  ~ ~  ok; return x
def t61(): return 1
def u61(): x = r; return x
def t62(): return r
def u62(): x = r; return x
def t63(): return 's'
def u63(): x = r  [  (  r  [ ok [0]]  /r [r]  ) ]; return x
def t64(): return + r  @ ~ 1
def u64(): x = r[ 's']  &  f((  r  )); return x
def t65(): return r
def u65(): x = f(+ok [0]-( r[  ok [0] ] )); return x
def t66(): return f(~ r[  ok(1)]+ -r[1  ])
def u66(): x = r[  ok(1)] @  -  r *  r [  r]; return x
def t67(): return r[ r  ]
def u67(): x = -r  [  r  [  r] ] -  r[ r  ]& r; return x
def t68(): return r// -  r  | f(r [  r  ])
def u68(): x = + f(ok(1))//  r  >>r [ r ]; return x
def t69(): return ( 's' )*r-  r  [r [  r  ]]  ** ok [0]*  r
def u69(): x = r; return x
def t70(): return ~ r  [  r  [  r[ok.v ]]  ]
def u70(): x = ~  r[ r [ r [r [r ['s'  ]]  ] ] ]; return x
def t71(): return r^ r[  ok ]
def u71(): x = -  r &  r  [  ok [0]]  -+ ok  *  r  [  r ]; return x
def t72(): return ~ f(r)  *r
def u72(): x = f(r); return x
def t73(): return f(+  ok.v-  r)
def u73(): x = ~r  [  r [  ok.v] &  r ]; return x
def t74(): return r
def u74(): x = f(r); return x
def t75(): return r[ f(r)  ]
def u75(): x = 's'; return x
def t76(): return - ~ ok  **~  r [r  [  ok  ] ]
def u76(): x = ~  r; return x
def t77(): return ok
def u77(): x = r; return x
def t78(): return ok(1)
def u78(): x = ( r  ); return x
def t79(): return (  1  )
def u79(): x = 's'; return x
def t80(): return f((  r))
def u80(): x = ( r  [r[ 's' ] ] //  (r[  r ] )  ); return x
def t81(): return ok  * -r  [  ok.v]//  ok
def u81(): x = 's' % r[ ok [0]]% r  [-r]; return x
def t82(): return r  [  ok [0] ]
def u82(): x = f(r ** (r[ok] )); return x
def t83(): return r
def u83(): x = r; return x
def t84(): return 's'+  ok(1)**  ok(1) &r[r  [ r [  ok(1)] ]]&  r  [  ok [0]  ]
def u84(): x = ( ok [0] ); return x
def t85(): return f(f(r  [  r [  ok.v ]  ]))  //  +  ok(1)>>1
def u85(): x = (f(r [ r  [1]  ]%'s')  ); return x
def t86(): return r
def u86(): x = - ( r[r[ r  ]  ])^  + r&  r  [  r  [ ok(1) ] ]; return x
def t87(): return f(ok.v)
def u87(): x = -  r; return x
def t88(): return r [ r  ]| r  [ r  ]  & f(ok.v)  *( (  ok(1)  ))
def u88(): x = - r  **r  [  r [ ok.v]]  <<  r[ok]+  r; return x
def t89(): return +  r
def u89(): x = ok; return x
def t90(): return r
def u90(): x = r; return x
def t91(): return ( r  )
def u91(): x = r; return x
def t92(): return f(ok(1)  <<  ok.v)/ r
def u92(): x = f(r) % ok; return x
def t93(): return r  [  ok.v]
def u93(): x = r [r ]  *f(r[r [ r  ]]); return x
def t94(): return f(r[r]|  r^  ok [0] << r)
def u94(): x = r; return x
def t95(): return ( 1  )  @  - r %ok.v
def u95(): x = 1; return x
def t96(): return ( 1 ) % f(r[ r ])//  r  [  r[ r  [r]]  ]
def u96(): x = (  ok.v ) //-  1*  (r [  r]  ); return x
def t97(): return (  (  's'  )  ) %  ok.v
def u97(): x = - r// - r; return x
def t98(): return r-'s' *r//  ~  f(r)
def u98(): x = (- r*r); return x
def t99(): return f((r ))
def u99(): x = 's'; return x
def t100(): return 1  &(r  [  r[1  ]]) **  (f(r)  )
def u100(): x = (  (  r ) @r  & r); return x
def t101(): return (( 1 + r  ) )
def u101(): x = r; return x
def t102(): return 1
def u102(): x = +(  r  [ r [  ok [0]] ]) - (  r  [  r ] ); return x
def t103(): return r [  r  &ok [0]]
def u103(): x = r; return x
def t104(): return f(f((  r  )))
def u104(): x = f(- f(r)); return x
def t105(): return (( f(r)  )  )
def u105(): x = 1 /r [(  ok.v  ) ]; return x
def t106(): return f(r)
def u106(): x = r &~ok(1)* r[  r  [ r  ]  ]; return x
def t107(): return ~ r  [  r [  r ]  ]&(1  )
def u107(): x = r  [ f(f(ok.v))]; return x
def t108(): return ok [0]
def u108(): x = ok; return x
def t109(): return - - f(r  [r[  1 ] ])
def u109(): x = (r[  r  ]<<f(1) ); return x
def t110(): return 1
def u110(): x = r; return x
def t111(): return f(~ r['s' ]  | r [ok.v  ])
def u111(): x = ok [0]-  r + r [  ok(1) ]@ f(r  [ r  [ ok(1)]] * r); return x
def t112(): return f('s')
def u112(): x = 's'; return x
def t113(): return ( f((  r [  r [ ok [0] ]  ])))
def u113(): x = r >>1% (  r  [ r ]) @  +r; return x
def t114(): return + r  % r  //- r
def u114(): x = -r [~ r  [  r [r]]  ]; return x
def t115(): return r[f(r ['s'  ])  ]
def u115(): x = (  r[ r[r [  ok  ]]]  ); return x
def t116(): return f(r[ r [  ok ] ])
def u116(): x = r; return x
def t117(): return f(r  ^r  [ r ]  /ok)
def u117(): x = ~f(f(r [ok(1)  ])); return x
def t118(): return ( ~ r*r)
def u118(): x = ~  f(r[r  ])+ -r  [ ok(1)  ]  +  f(r); return x
def t119(): return (  r )
def u119(): x = ok.v; return x
def t120(): return 1
def u120(): x = r[ r[ r ]  ]; return x
def t121(): return r
def u121(): x = f('s'); return x
def t122(): return - ok.v
def u122(): x = +  -  ~  1; return x
def t123(): return ok
def u123(): x = (ok(1))-  ok; return x
def t124(): return -f(r[  's' ]) &r
def u124(): x = f(f(r)) % f(r); return x
def t125(): return r  [  f(ok(1))  ]  * +  +  r [ r[ r]]
def u125(): x = f(ok(1)); return x
def t126(): return r<<ok **  (  ok.v  )<<1 +  r  [  r  ] -r [  r  [  r  [ r  ] ]  ]
def u126(): x = (  r); return x
def t127(): return r[  ok]
def u127(): x = r  [r]<< ~  r >>'s'; return x
def t128(): return r@  f(1)*r
def u128(): x = ~ (  r[r] ); return x
def t129(): return 1
def u129(): x = (r  |  ok &  r ); return x
def t130(): return r|  ok [0]^ f(r[r ])  - -  (r)
def u130(): x = f(ok.v); return x
def t131(): return f((  ~  ok  ))
def u131(): x = - r[ + r[r [ r [ r[ r  ]  ]  ] ]  ]; return x
def t132(): return r
def u132(): x = ok(1); return x
def t133(): return f(ok(1)^+ r)
def u133(): x = f(r  [ f(r)  ]); return x
def t134(): return r
def u134(): x = - ok.v; return x
def t135(): return r
def u135(): x = f(ok(1)); return x
def t136(): return r
def u136(): x = (ok); return x
def t137(): return ( 's' )  % r  [ 's'/  r[ 's' ]  ]
def u137(): x = r  ** r[r ] /r  [  r ]; return x
def t138(): return +r[ ok  //r  [ r  [ ok]]]
def u138(): x = 's'; return x
def t139(): return f(f(r))
def u139(): x = r [ ok.v]; return x
def t140(): return r  [ ok(1) ] //r& r- f(r&r)
def u140(): x = r; return x
def t141(): return r  [  r ]  +  f(r)  +r[r ]
def u141(): x = 's'; return x
def t142(): return -  ok(1) << +  r [ r] >> r  [r  ]
def u142(): x = r; return x
def t143(): return (( r )  >> ok [0])
def u143(): x = r  [ + r]; return x
def t144(): return ~  r  //r[r ]+  ~r[r  [ ok.v]  ]
def u144(): x = f(ok [0]); return x
def t145(): return -r [  f('s')  ]
def u145(): x = ( f(1) @  's'*  r  [ r] ); return x
def t146(): return f(r)
def u146(): x = f(ok [0]); return x
def t147(): return f((  r ))  + (r [  ok [0] ]  )
def u147(): x = f(-  ok) //ok(1); return x
def t148(): return r[ ok.v ]
def u148(): x = ( f(f(r  [r [  r  ]]))); return x
def t149(): return r
def u149(): x = r //f((ok(1))); return x
def t150(): return (  r) <<-r +ok
def u150(): x = f(r[ ok [0]  **r  ]); return x
def t151(): return ~ ~ (  r)
def u151(): x = f(- r  [  r  [  r[ ok [0] ] ] ]); return x
def t152(): return f(+ r <<  r  [  r ])
def u152(): x = r; return x
def t153(): return ok(1)
def u153(): x = - f(r)**r@r; return x
def t154(): return ok
def u154(): x = f(f(r)); return x
def t155(): return r
def u155(): x = r  **  (  ok ) @  ~r; return x
def t156(): return f(( +  r [  ok.v]))
def u156(): x = ( -  (  r)  ); return x
def t157(): return 's'
def u157(): x = f('s'  &  r)//r  [ ~ r[  r] ]; return x
def t158(): return r[ f(r  [ 's' ]) ] -  r
def u158(): x = r  [  f(r[r])]; return x
def t159(): return f(ok [0])  << r [r [ r]  ]  %r  [r  [ r[ ok [0]]  ]  ] %  r
def u159(): x = (  +  r  ); return x
def t160(): return f(1)
def u160(): x = +r; return x
def t161(): return r
def u161(): x = ~+r [  r  [ r[  ok [0] ]  ]  ]; return x
def t162(): return r <<  - r [ r  [  r  ]  ]
def u162(): x = 's'; return x
def t163(): return ~ f(r)
def u163(): x = r  [ ~ok]  ^f(r [r]); return x
def t164(): return ok|ok
def u164(): x = - ok ^  r  [  ok.v ]  @  r [  r  ]; return x
def t165(): return r
def u165(): x = r; return x
def t166(): return 1+  r
def u166(): x = 1^  r &  r  [  r[ r [ok [0]] ]] //(  r  [r[r [ r[ r [ r [ok  ] ]  ]  ] ]]); return x
def t167(): return ~ r ^  r [ r  ] -1
def u167(): x = -f(r// r [ r [  r]]); return x
def t168(): return f(r) +r[ok [0] ]  %r@ (  ok(1)  )
def u168(): x = + (  r )>> ( r); return x
def t169(): return r
def u169(): x = r  [f(1  +ok.v)  ]; return x
def t170(): return f(~ok [0])|  f(r [  r ] ^ok [0])
def u170(): x = f(r [ r [ok ]  ])  // r // r @  f(r [  r ]); return x
def t171(): return r
def u171(): x = 's'; return x
def t172(): return (r ^r  [  ok.v] )>> +ok
def u172(): x = (f(r)); return x
def t173(): return ~  r+ +  r[ 1]% f(r  [  r ]  @  r)
def u173(): x = f(ok [0]) & r + r>> f(r [ r ]); return x
def t174(): return r
def u174(): x = f(r [  r& r[  r [r [ r ]]  ]  ]); return x
def t175(): return ok.v  &  +  r
def u175(): x = +r  @  r[  + r]; return x
def t176(): return 's' <<  (  r  >> ok.v  )
def u176(): x = r  [  ok(1)  ]  //  r  &r//(r  [  r  ]); return x
def t177(): return ~ ok*  1 % (  r )
def u177(): x = f(r[  ok.v ])- 1** r; return x
def t178(): return (f(1) ) >>  f(r [ ok]  *  ok(1))
def u178(): x = + 1; return x
def t179(): return r
def u179(): x = +ok.v; return x
def t180(): return f(-  r[  r  ])
def u180(): x = ( f(r [  's'])); return x
def t181(): return r[ r[ok(1)]] &  r[r[  ok(1)]]^- f(r)
def u181(): x = 1; return x
def t182(): return ok [0]/r  [ r  ] - r  [  1  ]  |  r  >>ok [0]
def u182(): x = ~f(~  r[r ]); return x
def t183(): return f(r  [  f(r [ r ])])
def u183(): x = f(r  / r  -  's'& ok [0]); return x
def t184(): return r
def u184(): x = -  r; return x
def t185(): return ok % r  -r  @r
def u185(): x = f(f((  ok  ))); return x
def t186(): return ~r
def u186(): x = r; return x
def t187(): return (r [  r ])//  +ok
def u187(): x = ~ r  @f(r); return x
def t188(): return r[(  's'  ^  r) ]
def u188(): x = 's'; return x
def t189(): return r
def u189(): x = r; return x
def t190(): return (r [  1  ])
def u190(): x = r; return x
def t191(): return r [  ( 1@ r )]
def u191(): x = ( r); return x
def t192(): return f(~  r [  r[  ok(1)]])
def u192(): x = r; return x
def t193(): return r
def u193(): x = r  [ (  r )  ]; return x
def t194(): return ok [0]  /r [ ok - r [r  ]  ]
def u194(): x = + r; return x
def t195(): return r
def u195(): x = r [  r [r  [  r] *  r  [ r]]  ]; return x
def t196(): return ok.v
def u196(): x = r; return x
def t197(): return (r  )- + ok [0]@ ( ( ok.v ))
def u197(): x = r +'s' +  r  [ r  [ r  ]  ] *  r% r; return x
def t198(): return 's'
def u198(): x = (  r [  r ]  ) *ok(1)& 1; return x
def t199(): return -ok [0]
def u199(): x = ( (  1  )  )  &~  r [ r[ ok] ] &  r[ r  [  r]  ]; return x
def t200(): return r  - ok.v
def u200(): x = f(f(ok)** r [r [r  [  r ] ]]  | r  [r  ]); return x
def t201(): return r /+ r+r
def u201(): x = r  [r]; return x
def t202(): return ( r[1 ]  )<<f(r)  & r  [ 1 ] &r  [  r  ]@r  +ok
def u202(): x = (1 |  r  [  r  ] ) -  r; return x
def t203(): return ok(1)
def u203(): x = f(ok.v  >>  1  **ok // ok(1)); return x
def t204(): return 's'
def u204(): x = ok.v; return x
def t205(): return f(- r)
def u205(): x = r  [  ~ r[  r[r[  r  [ r [ ok.v]  ] ] ]  ]  ]; return x
def t206(): return ( (r  **  ok(1)  )  )
def u206(): x = ~ f(ok); return x
def t207(): return ( r [r] |ok  @ r-'s'  )
def u207(): x = - ~r| ok [0]; return x
def t208(): return +r[r [ r] ]  % r
def u208(): x = f(r) //  r ['s' ]  -  r* ( ok.v ); return x
def t209(): return r
def u209(): x = r  &  r; return x
def t210(): return + r
def u210(): x = -r; return x
def t211(): return - (  r ) << r** 1
def u211(): x = 1; return x
def t212(): return f(ok * r %r  [ r[r [r ]]])
def u212(): x = 1  **  f(~  r  [ r  ]); return x
def t213(): return r[r  [  r]|f(r)]
def u213(): x = f(~  +  r  [  1 ]); return x
def t214(): return f(r  [  ok >>ok.v])
def u214(): x = ~  r; return x
def t215(): return (  r [  r  [ ok.v  ]  ]  -  +r)
def u215(): x = r; return x
def t216(): return ok
def u216(): x = r  [ r]; return x
def t217(): return ~  (r[ r ]) ** ok
def u217(): x = r; return x
def t218(): return r [  r  * r[ r  [ r [ok] ]]>> r]
def u218(): x = ok.v ^  f(f(r)); return x
def t219(): return ok.v
def u219(): x = r  /r[  f(r)]; return x
def t220(): return (  r [r ]) ^ r [r[ r[1  ]]^ ok [0]]
def u220(): x = f(f(ok.v))**  r |  r  % r- r; return x
def t221(): return r
def u221(): x = ~  ~ ok [0]  |  f((r  )); return x
def t222(): return r  [  1] -r [ok(1)  ] /r[  ok(1)]  |r
def u222(): x = (  r  [  ~ r[r [r]]] ); return x
def t223(): return r  [ + ok  ]
def u223(): x = f(( (  ok(1)))); return x
def t224(): return ~ r
def u224(): x = f(r %  + r  [  r]); return x
def t225(): return r
def u225(): x = ~('s'); return x
def t226(): return ~  r[ r  ] >>f(ok)
def u226(): x = r [  r[ r ]  ]; return x
def t227(): return f(r)
def u227(): x = -  ~r  [ ok ]  + 's'*  r; return x
def t228(): return (  ok.v )  @  r[  f(r[ ok [0]]) ]
def u228(): x = + f(r[  r])  -( r[r[ r] ]  ); return x
def t229(): return ( 1 ) ** (  r [r  ] ) &  + r[ r [ ok.v ]]  | r[ r  ]
def u229(): x = (+ ok.v  +  ok(1)); return x
def t230(): return f(~ok(1)) <<(r [r ]**  r [  r ])
def u230(): x = r; return x
def t231(): return ~  ok(1)@r>> ~ok(1) %  r [r [ok.v  ]  ]
def u231(): x = 's'; return x
def t232(): return r %~ ok.v +1
def u232(): x = (f(r *ok.v) ); return x
def t233(): return (r  ** f(1) )
def u233(): x = ~(ok  ) <<  f(ok.v); return x
def t234(): return ok(1) ** ( 1  )
def u234(): x = ok [0]  ^-  r [ok [0]  ]; return x
def t235(): return r[  ok]  %( - r [ r [ 's'  ]  ])
def u235(): x = f(f(- ok [0])); return x
def t236(): return r [  r]
def u236(): x = r  [  r]; return x
def t237(): return ( r)
def u237(): x = ~  r; return x
def t238(): return +  -  -r
def u238(): x = f(~'s')>>  r  [r  [r[r ]  ] ]; return x
def t239(): return ( +-  ok(1)  )
def u239(): x = r; return x
def t240(): return (~r [  r [ r  ]  ]  -  ( ok(1) )  )
def u240(): x = f(f(+r)); return x
def t241(): return f((ok ))
def u241(): x = ok [0]; return x
def t242(): return r  [ ok.v]
def u242(): x = f(ok.v); return x
def t243(): return f((r)) & f(r// r)
def u243(): x = r [ok.v ]  ^  r[ ok [0]] >> r^  r [  r [ r ] ]; return x
def t244(): return r/ r&f(ok.v)
def u244(): x = ok [0]; return x
def t245(): return 's'
def u245(): x = r[r ]; return x
def t246(): return r[ (f(r  [ r [  r  ]  ])  )]
def u246(): x = 1 /  (r & ok); return x
def t247(): return r
def u247(): x = (  r[ r[r ]]); return x
def t248(): return f(f('s'))/(  ok(1))
def u248(): x = (f(~ r  [r])); return x
def t249(): return ok [0] << ok
def u249(): x = (r| r *1); return x
def t250(): return -  's'  |  1-  ( ok [0] )
def u250(): x = (ok [0]>>r [ ok  ])% (  r); return x
def t251(): return f(r [ ok(1)  * r ])
def u251(): x = ( r / r  )  - r; return x
def t252(): return - (  +r  [r  [r ] ] )
def u252(): x = ( r  ); return x
def t253(): return r |  -r -  1
def u253(): x = r; return x
def t254(): return f('s')
def u254(): x = ok.v; return x
def t255(): return ( ( r *r [  r[r  ]]  ) )
def u255(): x = r[-  (  r [ r  [ r ] ])]; return x
def t256(): return f(r [  ('s' ) ])
def u256(): x = 1 &r  % ok [0] ^ 's'; return x
def t257(): return r
def u257(): x = r  [ok.v ]; return x
def t258(): return (r [ (  r  )  ])
def u258(): x = + (  ~  1); return x
def t259(): return r
def u259(): x = 's'; return x
def t260(): return 's'  ^r - +  ok(1)  **-  ok  %  r[r ]
def u260(): x = f(ok.v)**ok [0]; return x
def t261(): return f(ok)
def u261(): x = r [f(~ r)  ]; return x
def t262(): return 's'&  (r  [  r] +ok [0] )
def u262(): x = 's'; return x
def t263(): return f((1) ^ r)
def u263(): x = ok(1); return x
def t264(): return - ok [0]  -1
def u264(): x = f(r** (r['s'] )); return x
def t265(): return f(r[ ~ r [  ok [0] ]  ])
def u265(): x = ok; return x
def t266(): return r  [ 's']+r [r[  r  ]]  *r [  r  [ 1 ]]>>  ok.v@r[ (ok [0])]
def u266(): x = +  + r>>r//r [  ok.v  ]; return x
def t267(): return r[  r [  1] ]
def u267(): x = ( r  [r[  r ]]  | r  [ r[ 1] ]  )  << r; return x
def t268(): return r [r[ 's' ]  ] -r /  +  r  [  r  [ ok [0]] ]  & ( r )
def u268(): x = ok.v//  +ok [0] + ( f(ok.v)); return x
def t269(): return r[ r  [  r  [ r  [ ok [0] ] ]  ] ] / + r  ^ok [0]
def u269(): x = r[ r  [  f(ok(1))] ]; return x
def t270(): return ((ok.v >>  r[  r [r] ]) )
def u270(): x = f(f(r[r ]))>> r [ r[  r ]** r[  's'  ]  ]; return x
def t271(): return -r @  ok.v
def u271(): x = r; return x
def t272(): return ~  r [r [  r  ] ]
def u272(): x = f(r[r [ ok [0] ]]  @r * r| ok(1)); return x
def t273(): return ( r[ r[ok(1)  ] ] & r )
def u273(): x = f(r[ - r  [ r  ]  ]); return x
def t274(): return +  r
def u274(): x = f(( ok(1)))<< r[( r  )  ]; return x
def t275(): return r
def u275(): x = r; return x
def t276(): return r
def u276(): x = f(f(f(ok.v))); return x
def t277(): return -ok.v-ok [0] ** r  **ok(1)
def u277(): x = (r **  r  [r ] )- ( r); return x
def t278(): return ( -ok(1))  / r  [ - r  ]
def u278(): x = f(r  [ f(r[  r])  ]); return x
def t279(): return f(r[ok [0]  ** r [  's' ]  ])
def u279(): x = r; return x
def t280(): return r [f((  ok [0]  ))]
def u280(): x = 's'; return x
def t281(): return r ** r[  r  [  r]  ]  << 's'  /  r[  r [  r [  r[  ok [0]]]]]
def u281(): x = r; return x
def t282(): return 1
def u282(): x = ( r[ r]@( r  ['s'  ])  ); return x
def t283(): return ( r )
def u283(): x = ++  ok << ~ ok@  +r[ r]; return x
def t284(): return f(~( ok [0]))
def u284(): x = -  r; return x
def t285(): return r[  ok*r /f(r) ]
def u285(): x = (r [r[  r[r[ r [  r]]  ]  ]  ]  | r [  1  ]  >>r [ok.v]); return x
def t286(): return ok.v
def u286(): x = r  [ +r  [ok [0]  ]  *  r  [1 ]  ]; return x
def t287(): return r
def u287(): x = f(f(r)); return x
def t288(): return r  [  ok  ] - r[  r[ r]  ]  *r[  r[r  ] ] +  1
def u288(): x = f(r); return x
def t289(): return ( ok(1))*  r
def u289(): x = -  r ['s'  ] >>r  [ r ]; return x
def t290(): return 's'
def u290(): x = 's'; return x
def t291(): return (  f(ok(1)  **  's'))
def u291(): x = ok [0] +  +'s'  ^  (  r  // r); return x
def t292(): return +  1
def u292(): x = r [ok @r** f(ok)  ]; return x
def t293(): return f(r)
def u293(): x = - r[ r]  + r; return x
def t294(): return (  f((r  [r [  r  ]] )) )
def u294(): x = f(r &r  [  r  ]  **  r - r  [r  ]); return x
def t295(): return (  +1)
def u295(): x = ok; return x
def t296(): return f(r >>  ok.v *  f(r))
def u296(): x = f(+  r  [r[ r ] ]-  (ok [0] )); return x
def t297(): return f(r [ok [0] @ r  ])
def u297(): x = r[ -r  [ r ]  ] @r**  -  r; return x
def t298(): return ~r |f(r [r [  ok  ]  ])
def u298(): x = ( r ); return x
def t299(): return ok.v
def u299(): x = +  f(ok + r); return x
def t300(): return ((r+r ) )
def u300(): x = f(f(r)); return x
def t301(): return +  -  r  ['s' ]
def u301(): x = r  >>  ( +  r[ok.v]  ); return x
def t302(): return ok [0]
def u302(): x = r [ f(r[  ok [0]  ])] -  (ok.v  *ok(1)); return x
def t303(): return r ** r<< f(( ok.v ))
def u303(): x = (-  (ok.v  )); return x
def t304(): return (  r  %  r )
def u304(): x = ok; return x
def t305(): return r
def u305(): x = r [(r[ r ]  )<< f(r) ]; return x
def t306(): return r[  r[  -r ]]
def u306(): x = r; return x
def t307(): return r  |r
def u307(): x = f(~ok(1)  @ok **  r); return x
def t308(): return r[  f(r)-r[r  [ r  [r  [ok]] ]]  ]
def u308(): x = f(r *  r[ r[ ok [0]  ]  ]//  r  + 's'); return x
def t309(): return r  [~  r[  r[1]] - r  [ 's'  ]]
def u309(): x = f(ok [0]); return x
def t310(): return r  [ r^  r [r  ] ] &  f(r[ r ])  @ r
def u310(): x = r; return x
def t311(): return ('s' **r[ok [0] ] )  ^r [  r  [  ok  ]  % r [ ok.v]]
def u311(): x = f(f(r)); return x
def t312(): return ok
def u312(): x = ~ f(r  [  's' ])  <<r; return x
def t313(): return f(~  ok)@r
def u313(): x = (r [  r]  )@ r[  r  [ r[ok [0] ]] ]; return x
def t314(): return r
def u314(): x = r [  r  @'s'  ]  //r; return x
def t315(): return + - ok.v //  f(r [1])
def u315(): x = f('s'); return x
def t316(): return r [ ~  r &  r  ]
def u316(): x = 1//  r  [  r[ r  ] ] &  r; return x
def t317(): return r
def u317(): x = r  %r  [r  >>r  [  r  [  r  ] ] ]; return x
def t318(): return r
def u318(): x = ok(1) *~ r % f(f(ok(1))); return x
def t319(): return r [( r) ]
def u319(): x = r [+  f(r)]; return x
def t320(): return r
def u320(): x = r [ r]; return x
def t321(): return r
def u321(): x = -  -r [ r]  @ r; return x
def t322(): return ok.v
def u322(): x = ( r  ); return x
def t323(): return + ~  r  [r  [r  [r[ r] ]]]
def u323(): x = -  f(r  [r  [ r  ] ]) -  's'; return x
def t324(): return 1
def u324(): x = r; return x
def t325(): return ~  r
def u325(): x = 1; return x
def t326(): return r  %  f(r [ r])
def u326(): x = 's'&~  1; return x
def t327(): return (  r  [  f(ok [0])  ]  )
def u327(): x = ~ f(r  ^  r); return x
def t328(): return r[ r ]
def u328(): x = f(r[ r*  r  ]); return x
def t329(): return r[ r[ ok [0]<<ok(1)  ]]
def u329(): x = r  [ r]>>  r; return x
def t330(): return +r
def u330(): x = r  [  r  ]; return x
def t331(): return f(+( r  ))
def u331(): x = f('s'  //r  [ok] %r  [ ok [0]]); return x
def t332(): return r
def u332(): x = ( 1 ^r ) **~ 's'  -  r [ r]; return x
def t333(): return r[  r [ (  r )] ]
def u333(): x = r  // f(r [  r[  r[ ok [0]]]  ] >> r); return x
def t334(): return r[  ok.v]|  r | r  [  r ]
def u334(): x = r  ^ok; return x
def t335(): return (+  r  ) @ r  [ 's' /r  ]
def u335(): x = - (  r  [ r  ])@ (  r ); return x
def t336(): return +  (r  )&  r  [1 <<  r  [  ok(1) ] ]
def u336(): x = r; return x
def t337(): return f(-  ok(1))
def u337(): x = r  [ok.v ]; return x
def t338(): return f((  r ^  r  ))
def u338(): x = r  [ (  ok-1  )  ]; return x
def t339(): return 1
def u339(): x = r; return x
def t340(): return r[ r  ]
def u340(): x = f(r  *  r [r  [r ]  ]%f(ok)); return x
def t341(): return r
def u341(): x = f(r [  r<<r]); return x
def t342(): return 's' *1
def u342(): x = r [ok [0] ]; return x
def t343(): return r[(  f('s')  )  ]
def u343(): x = r; return x
def t344(): return ok [0]
def u344(): x = r[  (  's')  ]**  r [  (  r [ ok(1) ])  ]; return x
def t345(): return ok
def u345(): x = (r  )  >>  r; return x
def t346(): return (~r )
def u346(): x = (  ok )% f(r  [ok [0] ]); return x
def t347(): return r  |r  [r  [  r  [r] ] ]^ ok [0]**r
def u347(): x = r@  1 *  ok | ok  & r; return x
def t348(): return ( r)@ (  r [ r  [  r  ]  ])  / 1
def u348(): x = r - r [ r[ r ] ]/  r; return x
def t349(): return r
def u349(): x = (  r  ) @  +  1 //  (r  [  's']  ); return x
def t350(): return f(( r  [r ]  ))
def u350(): x = r; return x
def t351(): return -  r[  ok [0] ]
def u351(): x = ~  - r [r  [ r  [r [ r [r ]] ]]  ]  -1; return x
def t352(): return r [ -  r ]
def u352(): x = r[ f(r)]; return x
def t353(): return r[r ]  + ( ok.v ) <<  (  r )
def u353(): x = f(r[r ]); return x
def t354(): return ok.v
def u354(): x = +  +r [ok.v]  +  r [ r ]; return x
def t355(): return (  -  r+ok  )
def u355(): x = +r; return x
def t356(): return r  [  f(ok)  ]
def u356(): x = r; return x
def t357(): return r[r  ]
def u357(): x = +f(ok(1))|  r  /r [r  ]*  1; return x
def t358(): return (r[  r ]) <<  r[  r ]
def u358(): x = r; return x
def t359(): return f(-  ok(1))
def u359(): x = (  r  [  ok(1) ]  %  -r); return x
def t360(): return + ( r[  r  ]  )  **  -  r [ r [r]  ]**r [  ok(1)]
def u360(): x = ( ok.v  ); return x
def t361(): return f(1)
def u361(): x = (  ok(1)); return x
def t362(): return 's'
def u362(): x = f(ok(1)*r) & ok.v  ^  r  /r  [ ok [0] ]; return x
def t363(): return r[ r[ok.v  ]  ]  ^ ((  r  [ r]) )
def u363(): x = r; return x
def t364(): return r[- f(r) ]
def u364(): x = r  [ r  [r [ ok  ] ]  ]|  f(r); return x
def t365(): return f(+r)
def u365(): x = r; return x
def t366(): return r
def u366(): x = r; return x
def t367(): return r
def u367(): x = (f(r)  )/ r[  r ]  /  r  [  r ]; return x
def t368(): return r  [  f(f(r))  ]
def u368(): x = f(ok); return x
def t369(): return f((  ( ok.v  )))
def u369(): x = 1; return x
def t370(): return (1)
def u370(): x = f(r); return x
def t371(): return r [ r **r[ r [r]  ] ]
def u371(): x = r; return x
def t372(): return r/  ~  (  r)
def u372(): x = -  f(r); return x
def t373(): return r  [  r@r ]
def u373(): x = f(r[  f(ok.v)]); return x
def t374(): return 's'
def u374(): x = f(ok.v); return x
def t375(): return ( r  [ ( r [ r  ] )  ])
def u375(): x = r[-r[ r[r [ok ]  ]  ]**  ok  ]; return x
def t376(): return 1
def u376(): x = f(~ 1@ r); return x
def t377(): return ok.v
def u377(): x = f(-+  r [r  ]); return x
def t378(): return r
def u378(): x = f(r [ -  r  [ok(1) ] ]); return x
def t379(): return +  r
def u379(): x = ok.v; return x
def t380(): return +ok [0]%  r  [  r]  |  f(r)
def u380(): x = r  <<f(r[ ok(1) ]) //r  [  r  ]//r; return x
def t381(): return r
def u381(): x = r  [  f('s')  ]; return x
def t382(): return r [ r[ r[ r[ok.v  ]  ]]  ]  @  r [  r[ ok(1)  ]  <<  r  [  ok.v]  ]
def u382(): x = 's'; return x
def t383(): return f(r [r  ])|r
def u383(): x = r; return x
def t384(): return f(f(r))
def u384(): x = f(ok [0] **r & -r[r  [  ok.v] ]); return x
def t385(): return r[ (r[r[ r  ]]) ]  | (  r  [1 ]  ) %  r
def u385(): x = ok.v; return x
def t386(): return r[r  [  r [ r['s'  ]]  ]-r /  (ok(1) )  ]
def u386(): x = (f(r[ r ] / ok.v) ); return x
def t387(): return f(+f(ok [0]))
def u387(): x = f((f(ok [0])  )); return x
def t388(): return f(f(r  **r))
def u388(): x = r [r  //  ok]  >> r; return x
def t389(): return r +  r  [r  ] ^~ 's'  //  r [ 's']@  f(r)
def u389(): x = -(r  )**r; return x
def t390(): return r [r <<r[ r]|r[ r]  @  r]
def u390(): x = (  r); return x
def t391(): return ok [0]
def u391(): x = f(f(ok.v)); return x
def t392(): return r //  r [r  [ r [r  [r ]]]]  / ( r [  r ])
def u392(): x = f(f(r[1  ])/  r[ r]); return x
def t393(): return r
def u393(): x = (ok(1) )  *r [~  r]; return x
def t394(): return (  ~ r  )
def u394(): x = f(( r)); return x
def t395(): return (ok.v  )  % ( ok.v  )@ok
def u395(): x = r[  r]; return x
def t396(): return f(ok.v)
def u396(): x = (  r[  - r] ); return x
def t397(): return ( r  [ r  [ok(1)]  ]  )
def u397(): x = ok(1); return x
def t398(): return f(f(r) +r [  r] & 's')
def u398(): x = -ok; return x
def t399(): return r [  f(1)<<ok(1)]
def u399(): x = ~ r  [1]|  r @ ~ -r [ r  [ r [  ok ]] ]; return x
